// The casebook's list and the story form: loaded on first visit with their strings. The service
// worker precaches the chunk, so the casebook opens offline too once the app is installed.
import { registerStrings } from '../../../i18n';
import * as casebook from '../../../i18n/areas/casebook';

registerStrings(casebook);

export { StoriesScreen } from './StoriesScreen';
export { StoryEditor } from './StoryEditor';
