package uk.gov.dynamicframework.contract.publication;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem;

@Path("/v1/agreements/{agreementId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "Agreements in the open standards: grants as 360Giving, contracts as OCDS")
@APIResponse(responseCode = "404", description = "No such published grant or contract",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class PublicationResource {

    private final Publications publications;
    private final AgreementAccess access;

    public PublicationResource(Publications publications, AgreementAccess access) {
        this.publications = publications;
        this.access = access;
    }

    @GET
    @Path("/360giving")
    @PermitAll
    @Operation(operationId = "getAgreement360Giving", summary = "A grant as a 360Giving data package",
            description = "Public for a published grant (360Giving Data Standard 1.4). A grant whose value its "
                    + "commissioners mark confidential is not published this way (422).")
    @APIResponse(responseCode = "200", description = "360Giving package with one grant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class)))
    public ObjectNode grant(@PathParam("agreementId") UUID agreementId) {
        Agreement a = access.readable(agreementId);
        if (!Publications.valueShown(a, access.readsInFull(a))) {
            throw ApiException.rule("value-confidential", "The grant's value is confidential: it is not published as 360Giving");
        }
        return publications.grantPackage(a);
    }

    @GET
    @Path("/ocds")
    @PermitAll
    @Operation(operationId = "getAgreementOcdsRelease", summary = "A contract as an OCDS 1.1 release package (contract and implementation)",
            description = "Public for a published contract; the release carries the competition's ocid.")
    @APIResponse(responseCode = "200", description = "OCDS release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class)))
    public ObjectNode contract(@PathParam("agreementId") UUID agreementId) {
        Agreement a = access.readable(agreementId);
        return publications.contractReleasePackage(a, Publications.valueShown(a, access.readsInFull(a)));
    }
}
