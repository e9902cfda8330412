/** The follow-ups sidebar view's type, as stored in the workspace layout. */
export const VIEW_TYPE_FOLLOW_UPS = "informational-interviews-follow-ups";

/** Lucide icon of the view, its ribbon button and its tab. */
export const FOLLOW_UPS_ICON = "calendar-check";

/** Items rendered per list before a "Show N more" button. */
export const PAGE_SIZE = 50;

/** Lucide icon of a conversation row (a follow-up row's icon is its kind's, in src/domain/follow-up-kinds.ts). */
export const CONVERSATION_ICON = "calendar-clock";
