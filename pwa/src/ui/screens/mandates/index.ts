// Mandate management for team leads and admins; loaded only when opened.
import { placeholder } from '../steering/placeholder';

export const PeopleScreen = placeholder('steeringMandates');
export const PersonMandateScreen = placeholder<{ userId: string }>('steeringMandates');
export const TemplatesScreen = placeholder('steeringTemplates');
export const PotsScreen = placeholder('steeringPots');
