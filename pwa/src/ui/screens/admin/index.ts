// The audit view and the administration screens; loaded only when opened.
import { placeholder } from '../steering/placeholder';

export const AuditScreen = placeholder('steeringAudit');
export const TeamsScreen = placeholder('steeringTeams');
export const UsersScreen = placeholder('steeringUsers');
export const CategoriesScreen = placeholder('steeringCategories');
