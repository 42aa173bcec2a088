import { getFormatter, getTranslations } from "next-intl/server";
import { displayValue } from "@/lib/clients/conflict";
import type { ClientDetail } from "@/lib/dal/clients";

/** The profile as a description list, in the viewer's language. */
export async function ClientDetails({ client }: { client: ClientDetail }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const show = (field: Parameters<typeof displayValue>[0]) => displayValue(field, client[field], t);
  const items: [string, string][] = [
    [t("clients.fields.phone"), show("phone")],
    [t("clients.fields.email"), show("email")],
    [t("clients.fields.dateOfBirth"), client.dateOfBirth ? format.dateTime(new Date(`${client.dateOfBirth}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : t("common.none")],
    [t("clients.fields.preferredLanguage"), show("preferredLanguage")],
    [t("clients.fields.household"), t("clients.householdValue", { adults: client.householdAdults, dependants: client.householdDependants })],
    [t("clients.fields.employmentStatus"), show("employmentStatus")],
    [t("clients.fields.hardshipReasons"), [show("hardshipReasons"), client.hardshipOther].filter(Boolean).join(" — ")],
    [t("clients.fields.vulnerabilities"), [show("vulnerabilities"), client.vulnerabilityOther].filter(Boolean).join(" — ")],
    [t("clients.fields.notes"), show("notes")],
  ];
  if (client.status === "closed" && client.closureReason) {
    items.push([t("clients.status.closureReason"), [t(`clients.closure.${client.closureReason}`), client.closureNote].filter(Boolean).join(" — ")]);
  }
  return (
    <dl className="mt-3 grid gap-3 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-ink-muted">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
