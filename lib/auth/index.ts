import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { authenticate, authenticateProof } from "./authenticate";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is an expected outcome (audited in the database), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, request.headers);
        if (result.ok) return result.user;
        throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidCredentials();
      },
    }),
    // Upgrades a half-signed-in session once lib/dal/two-factor.ts has accepted a code.
    Credentials({
      id: "second-factor",
      credentials: { proof: {} },
      async authorize(credentials) {
        const user = await authenticateProof(credentials?.proof);
        if (user) return user;
        throw new InvalidCredentials();
      },
    }),
  ],
});
