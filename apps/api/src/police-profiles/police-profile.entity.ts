import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { PoliceProfileStatus } from '@empact/domain';

export type { PoliceProfileStatus };

/** A country's institutional ("blue") profile on a platform. Never a password or a token. */
@Entity('police_profile')
export class PoliceProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'platform_code', type: 'varchar', length: 40 })
  platformCode: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  status: PoliceProfileStatus;

  @Column({ name: 'safety_notes', type: 'varchar', length: 2000 })
  safetyNotes: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
