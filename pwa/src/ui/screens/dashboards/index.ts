// Dashboards and the accountability export; loaded only when opened.
import { placeholder } from '../steering/placeholder';

export const DashboardScreen = placeholder('steeringDashboard');
export const AccountabilityScreen = placeholder('steeringAccountability');
