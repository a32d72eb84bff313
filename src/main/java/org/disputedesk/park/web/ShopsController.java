package org.disputedesk.park.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.park.Directory;
import org.disputedesk.park.Onboarding;
import org.disputedesk.park.Shop;
import org.disputedesk.park.ShopImport;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The directory of shops, and onboarding shops one at a time or from a spreadsheet. */
@RestController
@Tag(name = "Shop directory", description = "The directory of the parks' shops, and onboarding shops one at a time "
        + "or in bulk.")
class ShopsController {

    private final Onboarding onboarding;
    private final ShopImport shopImport;
    private final Directory directory;

    ShopsController(Onboarding onboarding, ShopImport shopImport, Directory directory) {
        this.onboarding = onboarding;
        this.shopImport = shopImport;
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

    @Operation(operationId = "importShops", summary = "Import shops from a spreadsheet",
            description = "All rows or none. The body is CSV (RFC 4180) in UTF-8, a byte order mark allowed, at most "
                    + CsvBody.LIMIT + ", with the header `id,parkId,name,platform,platformShopId`, or the same with "
                    + "`,nameZh` (the Chinese name) at its end, and a shop a row. New shops are created; known ones get "
                    + "the row's name and platform fields, and its Chinese name when the file has the column (a shop "
                    + "keeps its park). A park administrator imports shops of their own park only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            description = "The header line, then one shop a line.",
                            example = "id,parkId,name,platform,platformShopId,nameZh\n"
                                    + "shop-hm-101,humen,\"Lace & Co., Humen\",TAOBAO,tb-5520011,虎门蕾丝服饰旗舰店\n"))))
    @ApiResponse(responseCode = "200", description = "Imported: how many shops were created, updated and unchanged.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators import shops.")
    @ApiResponse(responseCode = "409", description = "Another request created one of the file's shops meanwhile.")
    @ApiResponse(responseCode = "413", description = "The file is over " + CsvBody.LIMIT + ".")
    @ApiResponse(responseCode = "415", description = "The body is not `text/csv`, or declares a charset other than "
            + "UTF-8.")
    @ApiResponse(responseCode = "422", description = "Nothing was imported: `errors` lists every bad line as "
            + "`{line, message}`, the header being line 1 (a row with a bad field, a park that does not exist or is "
            + "not the caller's, an id twice in the file, a row of more or fewer cells than the header), or the line "
            + "where the file cannot be read (not UTF-8, empty, another header, a quote left open).")
    @PostMapping(path = "/api/admin/shops/import", consumes = "text/csv")
    ShopImport.Imported importShops(@AuthenticationPrincipal DeskUser user, HttpServletRequest request)
            throws IOException {
        return shopImport.run(user, CsvBody.read(request));
    }

    @Operation(operationId = "listShops", summary = "Find shops in the directory",
            description = "Shops whose name, Chinese name or id contains `q` in any case, of the park `parkId` or "
                    + "all parks, in id order, a page at a time.")
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
