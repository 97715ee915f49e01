import type { AccountEntity } from './account.entity';
import type { AccountObject } from './dto/account.object';

export function toAccountObject(entity: AccountEntity): AccountObject {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    country: entity.country,
    roles: entity.roles,
    language: entity.language,
    disabled: entity.disabledAt !== null,
    createdAt: entity.createdAt,
    lastLoginAt: entity.lastLoginAt,
  };
}
