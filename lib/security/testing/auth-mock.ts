import { navigationMock } from "./harness";

/** next-auth's error classes, as the sign-in action tells a refused sign-in apart. */
export class AuthError extends Error {}
export class CredentialsSignin extends AuthError {
  code = "credentials";
}
export const nextAuthMock = { AuthError, CredentialsSignin, default: () => ({}) };

/**
 * Auth.js replaced for in-process action calls: the re-sign-in after a password change succeeds,
 * a sign-in with the wrong password fails, sign-out goes to /login.
 */
export const WRONG_PASSWORD = "not the password";
export const authMock = {
  auth: async () => null,
  signIn: async (_provider: string, options: { password?: string }) => {
    if (options.password === WRONG_PASSWORD) throw new CredentialsSignin();
  },
  signOut: async () => navigationMock.redirect("/login"),
  handlers: {},
};
