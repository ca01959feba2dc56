// The audit view and the administration screens; loaded only when opened.
import './admin.css';

export { AuditScreen } from './AuditScreen';
export { CategoriesScreen } from './CategoriesScreen';
export { TeamsScreen } from './TeamsScreen';
export { UsersScreen } from './UsersScreen';
