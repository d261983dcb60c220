package uk.gov.dynamicframework.competition.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.competition.Competition;

@Path("/v1/ocds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Contracting (OCDS)", description = "Published competitions as OCDS 1.1 release packages")
public class OcdsResource {

    private final OcdsReleases releases;

    public OcdsResource(OcdsReleases releases) {
        this.releases = releases;
    }

    @GET
    @Path("/competitions/{competitionId}")
    @PermitAll
    @Operation(operationId = "getCompetitionOcdsReleasePackage", summary = "A published competition as an OCDS release package",
            description = "Tender, lots, awards and parties, linked to the dynamic framework through relatedProcesses.")
    public ObjectNode releasePackage(@PathParam("competitionId") UUID competitionId) {
        return releases.releasePackage(Competition.requirePublic(competitionId));
    }
}
