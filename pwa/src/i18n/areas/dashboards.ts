// The dashboards screens' strings.

export const nl = {};

export const en: Record<keyof typeof nl, string> = {};
