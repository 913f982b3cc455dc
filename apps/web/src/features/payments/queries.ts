import type { SimulatedPaymentView } from '@lienthong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type { SimulatedPaymentView };

/** The simulator's pay page in the portal (the `payUrl` of a simulated payment). */
export const SIMULATOR_ROUTE = '/thanh-toan-mo-phong/:paymentId';

const simulatorPath = (id: string) => `/api/v1/payments/simulator/${encodeURIComponent(id)}`;
const paymentKey = (id: string) => ['payments', 'simulator', id] as const;

export function useSimulatedPayment(id: string) {
  return useQuery({
    queryKey: paymentKey(id),
    queryFn: ({ signal }) => api.get<SimulatedPaymentView>(simulatorPath(id), { signal }),
  });
}

/** "Xác nhận đã thanh toán" / "Hủy": the platform then receives the bank's signed callback. */
export function useCompleteSimulatedPayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outcome: 'paid' | 'cancelled') =>
      api.post<SimulatedPaymentView>(`${simulatorPath(id)}/complete`, { outcome }),
    onSuccess: (view) => {
      queryClient.setQueryData(paymentKey(id), view);
      // The dossier's payments changed: pages showing them read them again.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('payments') });
    },
  });
}
