// Dashboards and the accountability export; loaded only when opened, charts included.
import './dashboards.css';

export { DashboardScreen } from './Dashboard';
export { AccountabilityScreen } from './Accountability';
