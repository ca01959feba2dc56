// Every table, as the app has them once each steering chunk has loaded: for tests of strings.
import { registerStrings } from '../src/i18n';
import * as admin from '../src/i18n/areas/admin';
import * as casebook from '../src/i18n/areas/casebook';
import * as dashboards from '../src/i18n/areas/dashboards';
import * as integration from '../src/i18n/areas/integration';
import * as mandates from '../src/i18n/areas/mandates';
import * as pots from '../src/i18n/areas/pots';
import * as steering from '../src/i18n/areas/steering';
import { field } from '../src/i18n/messages';

/** The tables in the order the app merges them; their keys must not overlap (a test checks). */
export const areas = { field, steering, mandates, pots, dashboards, admin, integration, casebook };

export const nl: Record<string, string> = Object.assign({}, ...Object.values(areas).map((a) => a.nl));
export const en: Record<string, string> = Object.assign({}, ...Object.values(areas).map((a) => a.en));

for (const area of [mandates, pots, dashboards, admin, integration, casebook]) registerStrings(area);
