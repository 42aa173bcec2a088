import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema/users";
import type { SecondFactorState } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    secondFactor: SecondFactorState;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number; secondFactor: SecondFactorState } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    authTime?: number;
    f2?: SecondFactorState;
  }
}
