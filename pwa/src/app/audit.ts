// The audit trail: one page of events at a time, and the verification of its hash chain.
import { dataOf } from '../api/answer';
import type { Schemas } from '../api/client';
import type { operations } from '../api/schema';
import { api } from './client';

export type AuditEvent = Schemas['AuditEvent'];

export const listAuditEvents = async (query: operations['listAuditEvents']['parameters']['query']) => dataOf(await api.GET('/audit-events', { params: { query } }));

export const verifyAuditChain = async () => dataOf(await api.GET('/audit-events/verify'));
