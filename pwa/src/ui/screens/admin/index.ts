// The audit view and the administration screens; loaded only when opened, with their strings.
import { registerStrings } from '../../../i18n';
import * as admin from '../../../i18n/areas/admin';
import './admin.css';

registerStrings(admin);

export { AuditScreen } from './AuditScreen';
export { CategoriesScreen } from './CategoriesScreen';
export { TeamsScreen } from './TeamsScreen';
export { UsersScreen } from './UsersScreen';
