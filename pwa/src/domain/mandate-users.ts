// Whose mandate a user may set: an admin anyone's with the professional role, a team lead
// those of the teams they lead; nobody their own. The server decides; this keeps the screens
// from offering what it would refuse.

interface UserLike {
  id: string;
  name: string;
  roles: readonly string[];
  teamIds: readonly string[];
  active: boolean;
}

interface TeamLike {
  id: string;
  leadIds: readonly string[];
}

export function manageableUsers<U extends UserLike>(users: readonly U[], teams: readonly TeamLike[], me: { id: string; roles: readonly string[] }): U[] {
  const admin = me.roles.includes('admin');
  const led = new Set(teams.filter((t) => t.leadIds.includes(me.id)).map((t) => t.id));
  return users
    .filter((u) => u.id !== me.id && u.active && u.roles.includes('professional'))
    .filter((u) => admin || u.teamIds.some((id) => led.has(id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The Amsterdam day's state of a version: in force, planned, or superseded. */
export function versionState(v: { validFrom: string; validUntil?: string | null }, today: string): 'current' | 'planned' | 'past' {
  if (v.validFrom > today) return 'planned';
  if (v.validUntil && v.validUntil <= today) return 'past';
  return 'current';
}
