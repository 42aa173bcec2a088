"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { completeEnrolmentAction, confirmEnrolmentAction } from "@/app/(auth)/two-factor/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import type { FormState } from "@/lib/validation/form";

type Props = { offer: string; secret: string; qrDataUrl: string; halfSignedIn: boolean };
type Enrolled = FormState<{ recoveryCodes: string[]; proof?: string }>;

export function TwoFactorEnrolForm({ offer, secret, qrDataUrl, halfSignedIn }: Props) {
  const t = useTranslations("twoFactor");
  const [state, action, pending] = useActionState<Enrolled, FormData>(confirmEnrolmentAction, null);
  if (state?.ok && state.data) return <RecoveryCodes codes={state.data.recoveryCodes} proof={state.data.proof} halfSignedIn={halfSignedIn} />;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage tone="error">{state && !state.ok ? state.message : null}</FormMessage>
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>{t("stepInstall")}</li>
        <li>
          {t("stepScan")}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img src={qrDataUrl} alt={t("qrAlt")} width={192} height={192} className="mt-2 rounded border border-line bg-white p-2" />
          <p className="mt-2">{t("manualEntry")}</p>
          <code className="mt-1 block break-all rounded bg-surface-muted px-2 py-1 font-mono text-base" aria-label={t("secretLabel")}>
            {secret.replace(/(.{4})/g, "$1 ").trim()}
          </code>
        </li>
        <li>{t("stepConfirm")}</li>
      </ol>
      <input type="hidden" name="offer" value={offer} />
      <InputField id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required label={t("codeFromApp")} error={errors.code} />
      <Button type="submit" disabled={pending}>
        {t("confirm")}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes, proof, halfSignedIn }: { codes: string[]; proof?: string; halfSignedIn: boolean }) {
  const t = useTranslations("twoFactor");
  return (
    <section className="mt-6 space-y-4" aria-labelledby="recovery-heading">
      <FormMessage tone="success">{t("enrolled")}</FormMessage>
      <h2 id="recovery-heading" className="text-lg font-semibold">
        {t("recoveryTitle")}
      </h2>
      <p className="text-sm">{t("recoveryIntro")}</p>
      <ul aria-label={t("recoveryTitle")} className="grid grid-cols-2 gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code} className="rounded bg-surface-muted px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      {halfSignedIn && proof ? (
        <form action={completeEnrolmentAction}>
          <input type="hidden" name="proof" value={proof} />
          <Button type="submit">{t("continue")}</Button>
        </form>
      ) : (
        <LinkButton href="/password">{t("done")}</LinkButton>
      )}
    </section>
  );
}
