export { citizenPersonalIdOf, type PersonalIdOf } from './citizen-personal-id.ts';
export { DEMO_FATHER, demoSeeder, seedWalletDemo } from './wallet.demo.ts';
export { type WalletRoutesOptions, walletRoutes } from './wallet.routes.ts';
export { walletItems } from './wallet.schema.ts';
export {
  createWalletService,
  type NewWalletItem,
  presentItem,
  type WalletItem,
  type WalletService,
} from './wallet.service.ts';
