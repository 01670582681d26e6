import { useState } from 'react';
import type { BookAccount } from '@shared/book/types';
import { VENUE_IDS, type VenueId } from '@shared/engine';
import { ApiError } from '../../api/cascade';
import { useUpsertAccount, type AccountInput } from '../../api/queries';
import { Field } from '../../ui/Field';
import { KeyboardForm } from '../../ui/KeyboardForm';
import { NumberInput, parseNumber } from '../../ui/NumberInput';
import { Select } from '../../ui/Select';

type AccountField = 'name' | 'venue' | 'marginMode' | 'positionMode' | 'walletBalance' | 'takerFeeRate' | 'notes';

/** The account form: Enter saves, Esc cancels, zod issues from the IPC shown beside their field. */
export function AccountForm({
  account,
  defaultVenue,
  onSaved,
  onCancel,
}: {
  account?: BookAccount;
  defaultVenue: VenueId;
  onSaved: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(account?.name ?? '');
  const [venue, setVenue] = useState<VenueId>(account?.venue ?? defaultVenue);
  const [marginMode, setMarginMode] = useState<'cross' | 'isolated'>(account?.marginMode ?? 'cross');
  const [positionMode, setPositionMode] = useState<'one-way' | 'hedge'>(account?.positionMode ?? 'one-way');
  const [wallet, setWallet] = useState(account ? String(account.walletBalance) : '');
  const [fee, setFee] = useState(account?.takerFeeRate !== undefined ? String(account.takerFeeRate) : '');
  const [notes, setNotes] = useState(account?.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<AccountField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const upsert = useUpsertAccount();

  const save = async () => {
    const found: Partial<Record<AccountField, string>> = {};
    const walletBalance = parseNumber(wallet);
    const takerFeeRate = parseNumber(fee);
    if (!name.trim()) found.name = 'expected a non-empty account name';
    if (walletBalance === undefined) found.walletBalance = 'required';
    else if (Number.isNaN(walletBalance))
      found.walletBalance = `expected a number, got ${JSON.stringify(wallet.trim())}`;
    if (takerFeeRate !== undefined && Number.isNaN(takerFeeRate))
      found.takerFeeRate = `expected a number, got ${JSON.stringify(fee.trim())}`;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const input: AccountInput = {
      ...(account ? { id: account.id } : {}),
      name: name.trim(),
      venue,
      marginMode,
      positionMode,
      walletBalance: walletBalance!,
      ...(takerFeeRate !== undefined ? { takerFeeRate } : {}),
      notes: notes.trim() ? notes : null,
    };
    try {
      const saved = await upsert.mutateAsync(input);
      onSaved({ id: saved.id, name: saved.name });
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const fields: Partial<Record<AccountField, string>> = {};
        const rest: string[] = [];
        for (const issue of error.issues) {
          const key = issue.path.split('.')[0] as AccountField;
          if (['name', 'venue', 'marginMode', 'positionMode', 'walletBalance', 'takerFeeRate', 'notes'].includes(key))
            fields[key] ??= issue.message;
          else rest.push(`${issue.path}: ${issue.message}`);
        }
        setErrors(fields);
        setFormError(rest.length ? `${error.message} (${rest.join('; ')})` : null);
      } else setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <KeyboardForm
      label={account ? 'Edit account' : 'New account'}
      title={account ? `Edit account ${account.name}` : 'New account'}
      submitLabel={account ? 'Save account' : 'Create account'}
      saving={upsert.isPending}
      formError={formError}
      onSave={save}
      onCancel={onCancel}
    >
      <Field label="Name" error={errors.name}>
        <input name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Venue" error={errors.venue}>
        <Select
          name="venue"
          value={venue}
          options={VENUE_IDS.map((v) => ({ value: v, label: v }))}
          onValueChange={setVenue}
        />
      </Field>
      <Field label="Margin mode" error={errors.marginMode}>
        <Select
          name="marginMode"
          value={marginMode}
          options={[
            { value: 'cross', label: 'Cross' },
            { value: 'isolated', label: 'Isolated' },
          ]}
          onValueChange={setMarginMode}
        />
      </Field>
      <Field label="Position mode" error={errors.positionMode}>
        <Select
          name="positionMode"
          value={positionMode}
          options={[
            { value: 'one-way', label: 'One-way' },
            { value: 'hedge', label: 'Hedge' },
          ]}
          onValueChange={setPositionMode}
        />
      </Field>
      <Field label="Wallet balance" error={errors.walletBalance} hint="quote (USDT/USD) for linear, coin for inverse">
        <NumberInput name="walletBalance" value={wallet} onValueChange={setWallet} />
      </Field>
      <Field label="Taker fee rate" error={errors.takerFeeRate} hint="e.g. 0.0005 for 0.05 %">
        <NumberInput name="takerFeeRate" value={fee} onValueChange={setFee} />
      </Field>
      <Field label="Notes" className="form-wide" error={errors.notes}>
        <input name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
    </KeyboardForm>
  );
}
