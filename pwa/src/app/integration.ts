// The organisation's integrations (admins): machine clients, webhook subscriptions with their
// delivery log, and the ZGW Besluiten connection. Secrets come back once, in the answer to the
// request that made them; nothing here keeps them.
import { allPages, dataOf } from '../api/answer';
import type { Schemas } from '../api/client';
import { api } from './client';

export type ApiClient = Schemas['ApiClient'];
export type ApiClientWithSecret = Schemas['ApiClientWithSecret'];
export type WebhookSubscription = Schemas['WebhookSubscription'];
export type CreatedWebhookSubscription = Schemas['CreatedWebhookSubscription'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type ZgwConnection = Schemas['ZgwConnection'];

const page = (cursor: string | undefined) => ({ query: { limit: 200, ...(cursor ? { cursor } : {}) } });

export const listApiClients = () => allPages<ApiClient>((cursor) => api.GET('/api-clients', { params: page(cursor) }));
export const createApiClient = async (body: Schemas['CreateApiClientRequest']): Promise<ApiClientWithSecret> => dataOf(await api.POST('/api-clients', { body }));
export const updateApiClient = async (id: string, body: Schemas['UpdateApiClientRequest']): Promise<ApiClient> =>
  dataOf(await api.PATCH('/api-clients/{id}', { params: { path: { id } }, body }));
/** A new secret; the old one stops working at once. */
export const rotateApiClientSecret = async (id: string): Promise<ApiClientWithSecret> => dataOf(await api.POST('/api-clients/{id}/secret', { params: { path: { id } } }));

export const listWebhooks = () => allPages<WebhookSubscription>((cursor) => api.GET('/webhook-subscriptions', { params: page(cursor) }));
export const createWebhook = async (body: Schemas['CreateWebhookSubscriptionRequest']): Promise<CreatedWebhookSubscription> =>
  dataOf(await api.POST('/webhook-subscriptions', { body }));
export const updateWebhook = async (id: string, body: Schemas['UpdateWebhookSubscriptionRequest']): Promise<WebhookSubscription> =>
  dataOf(await api.PATCH('/webhook-subscriptions/{id}', { params: { path: { id } }, body }));
/** The latest deliveries of a subscription (one page). */
export const listDeliveries = async (id: string): Promise<WebhookDelivery[]> =>
  dataOf(await api.GET('/webhook-subscriptions/{id}/deliveries', { params: { path: { id }, query: { limit: 50 } } })).items;
export const redeliver = async (id: string, deliveryId: string): Promise<void> => {
  dataOf(await api.POST('/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } }));
};
export const ping = async (id: string): Promise<void> => {
  dataOf(await api.POST('/webhook-subscriptions/{id}/ping', { params: { path: { id } } }));
};

/** The ZGW connection, or null while none is set. */
export async function getZgwConnection(): Promise<ZgwConnection | null> {
  const answer = await api.GET('/zgw-connection');
  if (answer.response.status === 404) return null;
  return dataOf(answer);
}
export const putZgwConnection = async (body: Schemas['ZgwConnectionRequest']): Promise<ZgwConnection> => dataOf(await api.PUT('/zgw-connection', { body }));
