import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A gaming or social platform where teams patrol: reference data, extended by coordinators. */
@Entity('platform')
export class PlatformEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'boolean', default: false })
  builtin: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
