import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Loads `.env` when present (Next does the same for the server; scripts need it before that). */
export function loadDotEnv(): void {
  const file = path.resolve(".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/**
 * AUTH_SECRET signs the session tokens. In production it must be given; on a local machine a
 * random one is generated once into ./.data/ so a demo starts with one command.
 */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  if (process.env.NODE_ENV === "production") {
    console.error(
      "AUTH_SECRET is not set. In production every app server needs the same secret:\n" +
        "  generate one with `openssl rand -base64 33` and set AUTH_SECRET in the environment.",
    );
    process.exit(1);
  }
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
