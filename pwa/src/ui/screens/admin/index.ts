// The audit view and the administration screens; loaded only when opened, with their strings.
import { registerStrings } from '../../../i18n';
import * as admin from '../../../i18n/areas/admin';
import * as integration from '../../../i18n/areas/integration';
import './admin.css';

registerStrings(admin);
registerStrings(integration);

export { AuditScreen } from './AuditScreen';
export { CategoriesScreen } from './CategoriesScreen';
export { TeamsScreen } from './TeamsScreen';
export { UsersScreen } from './UsersScreen';
export { ApiClientsScreen } from './ApiClientsScreen';
export { WebhooksScreen } from './WebhooksScreen';
export { ZgwScreen } from './ZgwScreen';
