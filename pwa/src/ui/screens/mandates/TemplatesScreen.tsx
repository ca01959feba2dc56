import { placeholder } from '../steering/placeholder';

export const TemplatesScreen = placeholder('steeringTemplates');
