package org.disputedesk.park.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.park.Directory;
import org.disputedesk.park.Onboarding;
import org.disputedesk.park.Shop;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The directory of shops, and onboarding shops. */
@RestController
@Tag(name = "Shop directory", description = "The directory of the parks' shops, and onboarding them.")
class ShopsController {

    private final Onboarding onboarding;
    private final Directory directory;

    ShopsController(Onboarding onboarding, Directory directory) {
        this.onboarding = onboarding;
        this.directory = directory;
    }

    @Operation(operationId = "createShop", summary = "Create a shop",
            description = "By an administrator, or by a park administrator in their own park.")
    @ApiResponse(responseCode = "201", description = "Created: the shop.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators create shops.")
    @ApiResponse(responseCode = "404", description = "No such park, or not the park administrator's own.")
    @ApiResponse(responseCode = "409", description = "A shop with this id exists already.")
    @PostMapping("/api/admin/shops")
    ResponseEntity<Shop> create(@AuthenticationPrincipal DeskUser user, @Valid @RequestBody Shop shop) {
        Shop created = onboarding.createShop(user, shop);
        return ResponseEntity.created(URI.create("/api/shops/" + created.id())).body(created);
    }

    @Operation(operationId = "listShops", summary = "Find shops in the directory",
            description = "Shops whose name or id contains `q` in any case, of the park `parkId` or all parks, in "
                    + "id order, a page at a time.")
    @GetMapping("/api/shops")
    List<Shop> list(@RequestParam(required = false) @Size(max = 64) String parkId,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return directory.shops(parkId, q, page, size);
    }

    @Operation(operationId = "getShop", summary = "Read a shop")
    @GetMapping("/api/shops/{shopId}")
    Shop get(@PathVariable String shopId) {
        return directory.shop(shopId);
    }
}
