import { demoEnterprise } from '../data/enterprise';
import { cardPath, cardTitle } from '../layout/card-frame';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRequest, MockRoute } from '../routes';
import { renderAttachmentsCard } from './card-attachments';
import { renderBasicInfoCard } from './card-basic-info';
import { renderCapacityCard } from './card-capacity';
import { renderCoordinatesCard } from './card-coordinates';
import { otherCardIds, renderOtherCard } from './card-other';
import { renderWastewaterCard } from './card-wastewater';

/** The application form: one pathname, the card chosen by `cardid` (see MockRoute.path). */
function cardRoute(cardId: string, kind: PageKindId, render: (req: MockRequest) => string, main = false): MockRoute {
  return {
    path: `${cardPath}?dataid=${demoEnterprise.applicationDataId}&cardid=${cardId}`,
    site: 'permit',
    kind,
    title: cardTitle(cardId),
    ...(main ? { main } : {}),
    render: (req) => ({ html: render(req) }),
  };
}

export const applyCardRoutes: MockRoute[] = [
  cardRoute('card1', 'apply-basic-info', renderBasicInfoCard, true),
  // Cards are recognised by their action (platform-notes.md): every card served at hpsp!pwxkInfo is card 1's page.
  cardRoute('card2', 'apply-basic-info', renderCoordinatesCard),
  cardRoute('card3', 'apply-basic-info', renderCapacityCard),
  cardRoute('card4', 'apply-basic-info', renderWastewaterCard),
  cardRoute('card5', 'apply-basic-info', renderAttachmentsCard),
  ...otherCardIds.map((id) => cardRoute(id, 'apply-basic-info', (req) => renderOtherCard(req, id))),
  // The longitude/latitude picker: nobody has recorded its URL, so it is served at one the detectors do not know.
  {
    path: '/permitExt/common/map/picker.jsp',
    site: 'permit',
    kind: 'apply-coordinates',
    title: cardTitle('card2'),
    render: (req) => ({ html: renderCoordinatesCard(req) }),
  },
];
