/** Names of the admin's own Decap widgets, shared by the config generator and the admin bundle. */
export const ATTACHMENT_WIDGET = 'attachment';
