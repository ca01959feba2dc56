// Mandate management for team leads and admins; loaded only when opened, with its strings
// (the administration's too: the forms share its parts).
import { registerStrings } from '../../../i18n';
import * as admin from '../../../i18n/areas/admin';
import * as mandates from '../../../i18n/areas/mandates';
import * as pots from '../../../i18n/areas/pots';

registerStrings(mandates);
registerStrings(pots);
registerStrings(admin);

export { MandatesScreen } from './MandatesScreen';
export { UserMandateScreen } from './UserMandateScreen';
export { TemplatesScreen } from './TemplatesScreen';
export { PotsScreen } from './PotsScreen';
