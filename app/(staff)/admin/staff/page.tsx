import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewStaffForm } from "@/components/admin/new-staff-form";
import { StaffRowActions } from "@/components/admin/staff-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { requireArea } from "@/lib/auth/session";
import { listStaff } from "@/lib/dal/staff";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staffTitle") };
}

async function StaffPage() {
  const user = await requireArea("admin");
  const [t, staff] = await Promise.all([getTranslations(), listStaff(user)]);
  const supervisors = staff.filter((s) => s.role === "supervisor" && s.active).map((s) => ({ id: s.id, name: s.name }));
  // A counsellor whose supervisor was deactivated: say so, rather than show a name as if nothing changed.
  const leftSupervisors = new Set(staff.filter((s) => s.role === "supervisor" && !s.active).map((s) => s.id));
  const supervisorLabel = (member: (typeof staff)[number]) =>
    member.supervisorName === null ? null : member.supervisorId && leftSupervisors.has(member.supervisorId) ? t("admin.supervisorInactive", { name: member.supervisorName }) : member.supervisorName;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("admin.staffTitle")}</h1>
        <p className="text-ink-muted">{t("admin.staffIntro")}</p>
      </div>
      <Card aria-labelledby="new-staff-heading">
        <h2 id="new-staff-heading" className="text-lg font-semibold">
          {t("admin.createTitle")}
        </h2>
        <NewStaffForm supervisors={supervisors} />
      </Card>
      <Card className="p-0">
        <SimpleTable
          caption={t("admin.tableCaption")}
          captionHidden
          rows={staff}
          rowKey={(member) => member.id}
          columns={[
            { key: "name", header: t("admin.name"), rowHeader: true, cell: (member) => member.name },
            { key: "email", header: t("admin.email"), cell: (member) => member.email },
            { key: "role", header: t("admin.role"), cell: (member) => t(`roles.${member.role}`) },
            { key: "supervisor", header: t("admin.supervisor"), cell: (member) => supervisorLabel(member) ?? "—" },
            {
              key: "status",
              header: t("admin.status"),
              cell: (member) => (
                <>
                  <Badge tone={member.active ? "success" : "neutral"}>{member.active ? t("admin.active") : t("admin.inactive")}</Badge>
                  {!member.active && member.openCases > 0 ? (
                    <span className="mt-1 block text-xs text-warning-fg">{t("admin.openCasesToReassign", { count: member.openCases })}</span>
                  ) : null}
                </>
              ),
            },
            {
              key: "twoFactor",
              header: t("twoFactor.column"),
              cell: (member) => <Badge tone={member.twoFactor ? "success" : "neutral"}>{member.twoFactor ? t("twoFactor.on") : t("twoFactor.off")}</Badge>,
            },
            {
              key: "actions",
              header: t("common.actions"),
              cell: (member) => (
                <StaffRowActions
                  member={{ id: member.id, name: member.name, active: member.active, role: member.role, supervisorId: member.supervisorId, twoFactor: member.twoFactor, openCases: member.openCases, supervisedCounsellors: member.supervisedCounsellors, supervisorLabel: supervisorLabel(member) }}
                  supervisors={supervisors}
                  isSelf={member.id === user.id}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

export default withClientMessages(["admin", "twoFactor"], StaffPage);
