import { z } from 'zod';
import { WalletItemView } from './dossiers.ts';

/** The citizen's data wallet (kho dữ liệu cá nhân): results and documents reusable in later dossiers. */

export const WalletListQuery = z.object({
  /** Only items of these kinds, comma separated (e.g. `giay-khai-sinh,cccd`). */
  kinds: z
    .string()
    .regex(/^[a-z0-9-]{1,60}(,[a-z0-9-]{1,60}){0,19}$/)
    .transform((value) => value.split(','))
    .optional(),
});
export type WalletListQuery = z.infer<typeof WalletListQuery>;

export const WalletList = z.object({ items: z.array(WalletItemView) }).meta({ id: 'WalletList' });
export type WalletList = z.infer<typeof WalletList>;

export const WalletItemParams = z.object({ id: z.uuid() });
