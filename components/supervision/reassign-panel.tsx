"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { BulkAssign } from "@/components/clients/bulk-assign";

type Props = { clients: { id: string; fullName: string; reference: string }[]; counsellors: { id: string; name: string }[] };

/** Tick some of one counsellor's clients and hand them to another counsellor (the shared bulk assign). */
export function ReassignPanel({ clients, counsellors }: Props) {
  const t = useTranslations("supervision.team");
  const [selected, setSelected] = useState<string[]>([]);
  const visible = new Set(clients.map((c) => c.id));
  const chosen = selected.filter((id) => visible.has(id));
  const all = chosen.length === clients.length && clients.length > 0;
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <div className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("pickClients")}</legend>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" checked={all} onChange={() => setSelected(all ? [] : clients.map((c) => c.id))} className="size-4" />
          {t("selectAll")}
        </label>
        <ul className="grid gap-1 sm:grid-cols-2">
          {clients.map((c) => (
            <li key={c.id}>
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} className="size-4" />
                <span>
                  {c.fullName} <span className="text-ink-muted">{c.reference}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <BulkAssign selectedIds={chosen} counsellors={counsellors} />
    </div>
  );
}
