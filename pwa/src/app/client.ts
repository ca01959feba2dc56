// The page's typed client, signed with the session's token. Only the data modules beside this
// file use it: screens read and write through them (tests/layers.test.ts holds them to it).
import { createApi } from '../api/client';
import { token } from '../storage/session';

export const api = createApi({ token });
