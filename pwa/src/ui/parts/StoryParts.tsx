import type { Story } from '../../app/learning';
import { categoryName } from '../../app/store';
import { date, t } from '../../i18n';
import { href } from '../router';

/** Draft or published, in words and colour. */
export function StoryStatusBadge({ status }: { status: Story['status'] }) {
  return <span class={`utrecht-status-badge utrecht-status-badge--${status === 'published' ? 'success' : 'warning'}`}>{t(`storyStatus_${status}`)}</span>;
}

/** One story in a list: its title as the link, its status, kind, day and keywords. */
export function StoryCard({ story: s }: { story: Story }) {
  return (
    <li class="card story-card">
      <a class="utrecht-link decision__link" href={href({ name: 'story', id: s.id })}>
        {s.title}
      </a>
      <div class="decision__meta">
        <StoryStatusBadge status={s.status} />
        {s.categoryId && <span>{categoryName(s.categoryId) ?? ''}</span>}
        <span>{date((s.publishedAt ?? s.updatedAt).slice(0, 10))}</span>
        {s.tags.map((tag) => (
          <span key={tag} class="story__tag">
            {tag}
          </span>
        ))}
      </div>
    </li>
  );
}
