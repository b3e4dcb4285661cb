import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kind of people a unit counts (học sinh, đảng viên, hộ gia đình…): data the ward edits. */
@Entity({ name: 'population_kind' })
export class PopulationKindEntry {
  /** e.g. "STUDENTS" (see POPULATION_KIND_CODE). */
  @PrimaryColumn({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  labelVi: string;

  @Column({ type: 'varchar', length: 100 })
  labelEn: string;

  /** Its roster entries are households, named after the head of the household. */
  @Column({ type: 'boolean', default: false })
  household: boolean;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  /** Retired kinds stay for the figures that name them but are not offered for new rows. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
