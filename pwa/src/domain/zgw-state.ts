// Where a decision's push to the municipality's case system (ZGW Besluiten API) stands, as one
// line for the decision's page. Pure: the caller translates the message key.

export type ZgwPushView = {
  state: 'not_applicable' | 'pending' | 'pushed' | 'failed';
  attempts: number;
  besluitUrl?: string | null;
  lastError?: string | null;
};

export type ZgwLine = {
  key: 'zgwPending' | 'zgwPendingRetry' | 'zgwPushed' | 'zgwFailed';
  vars: Record<string, string | number>;
};

/** The line to show, or null when the decision does not go to the case system. */
export function zgwLine(push: ZgwPushView | null | undefined): ZgwLine | null {
  if (!push || push.state === 'not_applicable') return null;
  switch (push.state) {
    case 'pending':
      // A push that failed before and waits for its next try says so, with the reason.
      return push.attempts > 0
        ? { key: 'zgwPendingRetry', vars: { attempts: push.attempts, reason: push.lastError ?? '' } }
        : { key: 'zgwPending', vars: {} };
    case 'pushed':
      return { key: 'zgwPushed', vars: { url: push.besluitUrl ?? '' } };
    case 'failed':
      return { key: 'zgwFailed', vars: { attempts: push.attempts, reason: push.lastError ?? '' } };
  }
}
