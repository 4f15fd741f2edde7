import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";

type Props = {
  idPrefix: string;
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  passwordError?: string;
  confirmError?: string;
};

/** A new password and the same again, for every form that makes an account. */
export function NewPasswordFields({ idPrefix, password, confirm, passwordError, confirmError }: Props) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A short phrase is easy to remember and hard to guess.`}
        error={passwordError}
        {...password}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        label="Type the password again"
        type="password"
        autoComplete="new-password"
        error={confirmError}
        {...confirm}
      />
    </>
  );
}
