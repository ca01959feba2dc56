// Dashboards and the accountability export; loaded only when opened, charts and strings included.
import { registerStrings } from '../../../i18n';
import * as dashboards from '../../../i18n/areas/dashboards';
import './dashboards.css';

registerStrings(dashboards);

export { DashboardScreen } from './Dashboard';
export { AccountabilityScreen } from './Accountability';
