import { isAdmin, isController, isLead, mayApprove, mayManageMandates } from '../../../app/store';
import { t, type MessageKey } from '../../../i18n';
import { href, type Route } from '../../router';

interface Entry {
  route: Route;
  title: MessageKey;
  hint: MessageKey;
  show: boolean;
}

/** The steering screens this user's roles open, in four groups. */
export function SteeringHub() {
  const groups: [MessageKey, Entry[]][] = [
    [
      'steeringGroupMandates',
      [
        { route: { name: 'mandates' }, title: 'steeringMandates', hint: 'steeringMandatesHint', show: mayManageMandates.value },
        { route: { name: 'templates' }, title: 'steeringTemplates', hint: 'steeringTemplatesHint', show: mayManageMandates.value },
        { route: { name: 'pots' }, title: 'steeringPots', hint: 'steeringPotsHint', show: mayManageMandates.value },
      ],
    ],
    [
      'steeringGroupInsight',
      [
        { route: { name: 'lessons' }, title: 'navLessons', hint: 'lessonsHubHint', show: mayApprove.value },
        { route: { name: 'dashboard' }, title: 'steeringDashboard', hint: 'steeringDashboardHint', show: isLead.value || isController.value || isAdmin.value },
        { route: { name: 'accountability' }, title: 'steeringAccountability', hint: 'steeringAccountabilityHint', show: isController.value || isAdmin.value },
        { route: { name: 'audit' }, title: 'steeringAudit', hint: 'steeringAuditHint', show: isController.value || isAdmin.value },
      ],
    ],
    [
      'steeringGroupAdmin',
      [
        { route: { name: 'admin-teams' }, title: 'steeringTeams', hint: 'steeringTeamsHint', show: isAdmin.value },
        { route: { name: 'admin-users' }, title: 'steeringUsers', hint: 'steeringUsersHint', show: isAdmin.value },
        { route: { name: 'admin-categories' }, title: 'steeringCategories', hint: 'steeringCategoriesHint', show: isAdmin.value },
      ],
    ],
    [
      'steeringGroupIntegration',
      [
        { route: { name: 'admin-api-clients' }, title: 'steeringClients', hint: 'steeringClientsHint', show: isAdmin.value },
        { route: { name: 'admin-webhooks' }, title: 'steeringWebhooks', hint: 'steeringWebhooksHint', show: isAdmin.value },
        { route: { name: 'admin-zgw' }, title: 'steeringZgw', hint: 'steeringZgwHint', show: isAdmin.value },
      ],
    ],
  ];
  return (
    <section class="screen screen--wide" aria-labelledby="screen-title">
      <h1 class="utrecht-heading-1" id="screen-title" tabIndex={-1}>
        {t('steeringTitle')}
      </h1>
      <p class="utrecht-paragraph meta">{t('steeringIntro')}</p>
      {groups.map(([group, entries]) => {
        const shown = entries.filter((e) => e.show);
        if (shown.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`hub-${group}`}>
            <h2 class="utrecht-heading-2" id={`hub-${group}`}>
              {t(group)}
            </h2>
            <ul class="plain-list hub-list">
              {shown.map((e) => (
                <li key={e.route.name} class="card">
                  <a class="utrecht-link hub-list__link" href={href(e.route)}>
                    {t(e.title)}
                  </a>
                  <p class="utrecht-paragraph meta">{t(e.hint)}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
