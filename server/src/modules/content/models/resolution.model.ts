import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SectionKind } from '@thidua/shared';
import type { ResolutionSection } from '../entities/resolution-section.entity.js';
import type { Resolution } from '../entities/resolution.entity.js';
import './content-enums.js';

@ObjectType('ResolutionSection')
export class ResolutionSectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  resolutionId: string;

  @Field({ description: 'As numbered in the document, e.g. "II.1"' })
  key: string;

  @Field(() => SectionKind)
  kind: SectionKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => Int)
  position: number;
}

@ObjectType('Resolution')
export class ResolutionModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  issuedOn: string | null;

  @Field()
  summary: string;

  @Field()
  isDemo: boolean;

  @Field(() => [ResolutionSectionModel], { description: 'In document order' })
  sections: ResolutionSectionModel[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export function toSectionModel(s: ResolutionSection): ResolutionSectionModel {
  return {
    id: s.id,
    resolutionId: s.resolutionId,
    key: s.key,
    kind: s.kind,
    title: s.title,
    body: s.body,
    position: s.position,
  };
}

export function toResolutionModel(r: Resolution, sections: ResolutionSection[]): ResolutionModel {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    issuedOn: r.issuedOn,
    summary: r.summary,
    isDemo: r.isDemo,
    sections: sections.map(toSectionModel),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
