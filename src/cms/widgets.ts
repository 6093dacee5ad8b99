/** Names of the admin's own Decap widgets, shared by the config generator and the admin bundle. */
export const ATTACHMENT_WIDGET = 'attachment';

/** Names of the attachment field's folder variants (nested `fields`, see decap-fields.ts). */
export const MEMBERS_VARIANT = 'members';
export const roomVariantName = (forum: string): string => `room-${forum}`;
