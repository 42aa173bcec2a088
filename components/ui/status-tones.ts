import type { ClientStatus } from "@/db/schema/clients";
import type { Tone } from "./badge";

// One colour scale for states across the product; later state families add their maps here.
export const clientStatusTone: Record<ClientStatus, Tone> = {
  intake: "neutral",
  active: "info",
  negotiating: "warning",
  plan_agreed: "success",
  monitoring: "info",
  closed: "neutral",
};
