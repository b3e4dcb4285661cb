import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { DocumentSettingsService } from './document-settings.service.js';
import {
  DocumentSettingsModel,
  RoundNarrativeModel,
  UpdateDocumentSettingsInput,
  UpdateRoundNarrativeInput,
} from './document-settings.model.js';
import { RoundDocumentsService } from './round-documents.service.js';

@Resolver()
export class DocumentsResolver {
  constructor(
    private readonly settings: DocumentSettingsService,
    private readonly documents: RoundDocumentsService,
  ) {}

  @Query(() => DocumentSettingsModel, { description: 'What the documents print; defaults from the ward’s name' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async documentSettings(): Promise<DocumentSettingsModel> {
    return this.settings.get();
  }

  @Mutation(() => DocumentSettingsModel)
  @Roles(Role.ADMIN)
  async updateDocumentSettings(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateDocumentSettingsInput,
  ): Promise<DocumentSettingsModel> {
    return this.settings.update(viewer, input);
  }

  @Query(() => RoundNarrativeModel, { description: 'The review report’s narrative sections of a round' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async roundNarrative(@IdArg('roundId') roundId: string): Promise<RoundNarrativeModel> {
    return this.documents.narrative(roundId);
  }

  @Mutation(() => RoundNarrativeModel, {
    description: 'Kết quả, hạn chế, phương hướng of the báo cáo sơ kết / tổng kết',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async updateRoundNarrative(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateRoundNarrativeInput,
  ): Promise<RoundNarrativeModel> {
    return this.documents.updateNarrative(viewer, input);
  }
}
