import { signOutAction } from "@/app/actions/session";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost">
        {label}
      </Button>
    </form>
  );
}
