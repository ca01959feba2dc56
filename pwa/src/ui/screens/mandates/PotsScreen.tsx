import { placeholder } from '../steering/placeholder';

export const PotsScreen = placeholder('steeringPots');
