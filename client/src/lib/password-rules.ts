/**
 * The shortest password the server accepts (ChangePasswordInput.newPassword and a
 * user's password set by an admin both require 10 characters).
 */
export const MIN_PASSWORD = 10;
