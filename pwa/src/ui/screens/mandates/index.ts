// Mandate management for team leads and admins; loaded only when opened.
export { PeopleScreen } from './PeopleScreen';
export { PersonMandateScreen } from './PersonMandateScreen';
export { TemplatesScreen } from './TemplatesScreen';
export { PotsScreen } from './PotsScreen';
