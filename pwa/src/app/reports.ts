// The reports for the dashboards and the accountability export: as JSON for the charts and the
// count, as files (CSV or JSON) to download. Files go through the same client as everything else,
// so they carry the bearer token a plain link could not.
import { dataOf } from '../api/answer';
import type { Schemas } from '../api/client';
import type { ReportFilter } from '../domain/report-shape';
import { api } from './client';

export interface Reports {
  'verdict-mix': Schemas['VerdictMixReport'];
  'budget-use': Schemas['BudgetUseReport'];
  turnaround: Schemas['TurnaroundReport'];
  'urgent-reviews': Schemas['UrgentReviewsReport'];
  reflections: Schemas['ReflectionsReport'];
  'professional-use': Schemas['ProfessionalUseReport'];
}
export type ReportName = keyof Reports;
export type FileType = 'text/csv' | 'application/json';

// One call for the six report paths: they take the same filters and answer alike.
const path = (report: ReportName) => `/reports/${report}` as '/reports/verdict-mix';
const query = (f: ReportFilter) => ({ from: f.from, to: f.to, teamId: f.teamId, categoryId: f.categoryId });

/** A report's rows, for its chart and table. */
export async function getReport<K extends ReportName>(report: K, filter: ReportFilter): Promise<Reports[K]> {
  return dataOf(await api.GET(path(report), { params: { query: query(filter) }, headers: { Accept: 'application/json' } })) as Reports[K];
}

/** A report as a file, with the same filters as on screen. */
export async function reportFile(report: ReportName, filter: ReportFilter, type: FileType): Promise<Blob> {
  return dataOf(await api.GET(path(report), { params: { query: query(filter) }, headers: { Accept: type }, parseAs: 'blob' })) as Blob;
}

/** The accountability export of a year, read for its count of decisions. */
export async function getAccountability(year: number): Promise<Schemas['AccountabilityExport']> {
  return dataOf(await api.GET('/reports/accountability', { params: { query: { year } }, headers: { Accept: 'application/json' } })) as Schemas['AccountabilityExport'];
}

/** The accountability export of a year as a file. */
export async function accountabilityFile(year: number, type: FileType): Promise<Blob> {
  return dataOf(await api.GET('/reports/accountability', { params: { query: { year } }, headers: { Accept: type }, parseAs: 'blob' })) as Blob;
}
