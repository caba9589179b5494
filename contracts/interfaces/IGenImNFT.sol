// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IGenImNFT
/// @notice Pay-per-image AI generation settled on chain. A minter pays a tier's price into escrow, in
/// ETH (`mint`) or in the deployment's USDC by an EIP-3009 signature that anyone may relay
/// (`mintWithAuthorization`), and receives an ERC-721 placeholder carrying a prompt; an authorized
/// agent (the operator's keeper) delivers the image's metadata hash exactly once and is paid the
/// escrow, in the token's currency, in the same transaction. If nothing is delivered before the
/// token's deadline, anyone may send the escrow back to the token's holder.
/// A mint names the terms version (`terms()`) the buyer saw: a tier change or a new agent bumps it, so
/// neither can be slipped in ahead of a buyer's mint.
interface IGenImNFT {
    /// @notice What a token's escrow is held in: ETH (wei) or the deployment's USDC (6 decimals).
    enum Currency {
        ETH,
        USDC
    }

    /// @notice Lifecycle of a token's image request.
    /// @dev `None` is a token id that was never minted. A `Pending` request whose deadline has passed
    /// can no longer be fulfilled and may be refunded.
    enum Status {
        None,
        Pending,
        Delivered,
        Refunded
    }

    /// @notice The record kept for every minted token.
    /// @param requester The address that minted the token and paid for the image.
    /// @param tier The pricing tier the token was minted at.
    /// @param paid The exact amount held in escrow for this token (or paid out / refunded), in wei or
    /// in USDC units (6 decimals) as `currency` says.
    /// @param deadline Last second (unix time) at which the image may be delivered.
    /// @param status Current lifecycle status.
    /// @param metadataHash sha256 of the delivered metadata JSON, zero until delivered.
    /// @param currency What `paid` is in.
    struct Request {
        address requester;
        uint8 tier;
        uint256 paid;
        uint64 deadline;
        Status status;
        bytes32 metadataHash;
        Currency currency;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice Thrown when `msg.value` differs from the tier's current price.
    error WrongPayment(uint256 expected, uint256 sent);
    /// @notice Thrown when minting with an empty prompt.
    error EmptyPrompt();
    /// @notice Thrown when the prompt is longer than `maxLength` bytes.
    error PromptTooLong(uint256 length, uint256 maxLength);
    /// @notice Thrown when minting at a tier that has no price (unknown or disabled).
    error TierDisabled(uint8 tier);
    /// @notice Thrown when minting while the owner has paused minting.
    error MintingPaused();
    /// @notice Thrown when an address that is not an authorized agent tries to deliver.
    error NotAgent(address caller);
    /// @notice Thrown when delivering or refunding a token that is not pending.
    error NotPending(uint256 tokenId, Status status);
    /// @notice Thrown when delivering a token after its deadline.
    error DeadlinePassed(uint256 tokenId, uint64 deadline);
    /// @notice Thrown when refunding a token whose deadline has not passed yet.
    error DeadlineNotReached(uint256 tokenId, uint64 deadline);
    /// @notice Thrown when a metadata hash cannot be a sha256 digest of real metadata (its upper
    /// 128 bits are zero; see `fulfil`).
    error InvalidMetadataHash(bytes32 metadataHash);
    /// @notice Thrown when `fulfilBatch` gets arrays of different lengths.
    error LengthMismatch(uint256 tokenIds, uint256 metadataHashes);
    /// @notice Thrown when `claim` is called by an account with no credit.
    error NothingToClaim(address account);
    /// @notice Thrown when `withdrawSurplus` finds nothing that is not owed.
    error NoSurplus();
    /// @notice Thrown when a price is not a whole number of gwei or exceeds `maxPrice`.
    error InvalidPrice(uint256 price, uint256 maxPrice);
    /// @notice Thrown when a tier's fulfilment window is longer than `maxWindow` seconds, or zero on an
    /// enabled tier.
    error InvalidWindow(uint32 window, uint32 maxWindow);
    /// @notice Thrown when an address argument is the zero address.
    error ZeroAddress();
    /// @notice Thrown when a transfer that must succeed (claim, surplus withdrawal) fails: ETH refused,
    /// or a USDC transfer that reverted or returned false (a blocklisted receiver).
    error TransferFailed(address to, uint256 amount);
    /// @notice Thrown when reading a token that does not exist (never minted, or refunded and burned).
    error NonexistentToken(uint256 tokenId);
    /// @notice Thrown when `agent` tries to deliver a token minted before it was authorized: it may only
    /// deliver token ids from `firstTokenId` on, so escrow already paid can never go to a new agent.
    error TokenPredatesAgent(uint256 tokenId, address agent, uint256 firstTokenId);
    /// @notice Thrown when ETH is sent with an approval or a transfer (solady makes them payable); it
    /// would otherwise be kept as surplus.
    error UnexpectedEther(uint256 value);
    /// @notice Thrown when a mint names terms other than the current ones: a tier or an agent changed
    /// since the buyer read `terms()` (or signed its authorization). Read the terms again.
    /// @param expected The terms version the mint named.
    /// @param current The terms version now.
    error TermsChanged(uint32 expected, uint32 current);
    /// @notice Thrown by `mintWithAuthorization` when the signed value is not the tier's current USDC
    /// price (the price changed between signing and relay); the token is not called.
    /// @param signed The value the buyer signed.
    /// @param current The tier's USDC price now.
    error PriceChanged(uint256 signed, uint256 current);
    /// @notice Thrown by `mintWithAuthorization` at a tier that has no USDC price (or on a deployment
    /// without USDC).
    error NotOfferedInUsdc(uint8 tier);
    /// @notice Thrown when a tier's USDC price exceeds `maxPrice` units.
    error InvalidUsdcPrice(uint256 usdcPrice, uint256 maxPrice);
    /// @notice Thrown when setting a USDC price on a deployment without USDC (`usdc()` is zero).
    error UsdcNotConfigured();

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Emitted when a token is minted and its image paid for. Keepers take the prompt from here.
    /// @param paid The escrow, in `currency` (wei or USDC units).
    event ImageRequested(
        uint256 indexed tokenId,
        address indexed requester,
        uint8 indexed tier,
        Currency currency,
        uint256 paid,
        uint64 deadline,
        string prompt
    );
    /// @notice Emitted when an agent delivers a token's metadata and is paid its escrow (in the token's
    /// currency).
    event ImageDelivered(uint256 indexed tokenId, address indexed agent, bytes32 metadataHash, uint256 paid);
    /// @notice Emitted by `fulfilBatch` for a token it skipped because it was no longer deliverable.
    /// @param status The token's status; `Pending` here means its deadline has passed.
    event FulfilmentSkipped(uint256 indexed tokenId, Status status);
    /// @notice Emitted when an expired token is burned and its escrow returned to its holder (in the
    /// token's currency).
    event Refunded(uint256 indexed tokenId, address indexed holder, uint256 amount);
    /// @notice Emitted when a payout could not be pushed and was credited for `claim` instead.
    event PaymentCredited(address indexed account, Currency currency, uint256 amount);
    /// @notice Emitted when an account pulls its credited payouts in one currency.
    event Claimed(address indexed account, Currency currency, uint256 amount);
    /// @notice Emitted when a tier's prices or window change. A zero price leaves the tier unoffered in
    /// that currency; both zero disable it.
    event TierSet(uint8 indexed tier, uint256 price, uint256 usdcPrice, uint32 window);
    /// @notice Emitted when an agent is authorized or deauthorized.
    /// @param firstTokenId The first token id the agent may deliver (`totalMinted() + 1` when it was
    /// authorized); 0 on revocation.
    event AgentSet(address indexed agent, bool authorized, uint256 firstTokenId);
    /// @notice Emitted when the base URI of delivered metadata changes.
    event MetadataBaseURISet(string baseURI);
    /// @notice Emitted when the placeholder image of pending tokens changes.
    event PlaceholderImageSet(string image);
    /// @notice Emitted when the owner withdraws ETH or USDC that is owed to nobody.
    event SurplusWithdrawn(address indexed to, Currency currency, uint256 amount);
    /// @notice Emitted when minting is paused.
    event Paused(address account);
    /// @notice Emitted when minting is resumed.
    event Unpaused(address account);
    /// @notice ERC-4906: the metadata of `_tokenId` changed.
    event MetadataUpdate(uint256 _tokenId);
    /// @notice ERC-4906: the metadata of a range of tokens changed.
    event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId);
    /// @notice ERC-7572: the contract-level metadata changed.
    event ContractURIUpdated();

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Mints a placeholder token to the caller and escrows the ETH payment for its image.
    /// @param prompt The image prompt, 1 to `MAX_PROMPT_BYTES` bytes of UTF-8.
    /// @param tier The pricing tier; `msg.value` must equal its current price exactly.
    /// @param expectedTerms The terms version the buyer read with the tier (`terms()`); the mint reverts with
    /// `TermsChanged` if a tier or an agent changed since.
    /// @return tokenId The new token's id (ids start at 1).
    function mint(string calldata prompt, uint8 tier, uint32 expectedTerms)
        external
        payable
        returns (uint256 tokenId);

    /// @notice Mints a placeholder token to `from`, paid in USDC by `from`'s EIP-3009
    /// `ReceiveWithAuthorization` to this contract (only this contract can submit it). Anyone may relay
    /// it; nothing the buyer signed can be changed by the relayer: the token checks the signature over
    /// `from`, `value`, the window and the nonce, and this contract recomputes the nonce from the request:
    /// `nonce = keccak256(abi.encode(uint256 chainId, address thisContract, uint8 tier,
    /// bytes32 keccak256(bytes(prompt)), uint32 expectedTerms, uint256 validAfter, uint256 validBefore,
    /// bytes32 salt))` (every field a 32-byte ABI word). A client builds that nonce and signs
    /// `ReceiveWithAuthorization(from, to = this contract, value, validAfter, validBefore, nonce)` in
    /// the token's EIP-712 domain.
    /// @param prompt The image prompt, 1 to `MAX_PROMPT_BYTES` bytes of UTF-8.
    /// @param tier The pricing tier; it must have a USDC price.
    /// @param expectedTerms The terms version the buyer read (`terms()`), as for `mint`.
    /// @param from The buyer: signer of the authorization, payer and receiver of the token.
    /// @param value The signed amount; must equal the tier's current USDC price (`PriceChanged`).
    /// @param validAfter The authorization is valid only after this unix time (checked by the token).
    /// @param validBefore The authorization is valid only before this unix time (checked by the token).
    /// @param salt Any value chosen by the buyer, so that the same request can be bought twice.
    /// @return tokenId The new token's id.
    function mintWithAuthorization(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        address from,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 salt,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 tokenId);

    /// @notice `mintWithAuthorization` with the signature as bytes: 65 bytes `r || s || v` from an EOA,
    /// or whatever `from`'s ERC-1271 `isValidSignature` accepts when `from` is a contract wallet. A
    /// distinct name rather than an overload, so that generated bindings keep readable names.
    function mintWithAuthorizationSig(
        string calldata prompt,
        uint8 tier,
        uint32 expectedTerms,
        address from,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 salt,
        bytes calldata signature
    ) external returns (uint256 tokenId);

    /// @notice Returns the escrow of an undelivered token to its current holder once its deadline has
    /// passed, in the token's currency, and burns the placeholder. Anyone may send it (a relayer, the
    /// keeper); the money always goes to the holder (or is credited to it if it cannot be pushed).
    function refund(uint256 tokenId) external;

    /// @notice Pays out the caller's credited ETH payouts (pushes that failed earlier).
    function claim() external;

    /// @notice Pays out the caller's credited USDC payouts (transfers that failed earlier, e.g. while
    /// the caller was blocklisted).
    function claimUsdc() external;

    /*//////////////////////////////////////////////////////////////
                              AGENT ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Delivers a pending token's metadata and pays its escrow to the caller.
    /// @param tokenId A pending token whose deadline has not passed, minted after the caller was
    /// authorized (`tokenId >= agentFirstTokenId(msg.sender)`).
    /// @param metadataHash sha256 of the exact bytes of the token's metadata JSON.
    function fulfil(uint256 tokenId, bytes32 metadataHash) external;

    /// @notice Delivers many tokens in one transaction and pays their escrow to the caller in one
    /// transfer. Tokens that are no longer deliverable, or that were minted before the caller was
    /// authorized, are skipped with `FulfilmentSkipped`.
    /// @return delivered How many tokens were delivered.
    function fulfilBatch(uint256[] calldata tokenIds, bytes32[] calldata metadataHashes)
        external
        returns (uint256 delivered);

    /*//////////////////////////////////////////////////////////////
                              OWNER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Sets a tier's ETH price (wei, a whole number of gwei, at most `MAX_PRICE`; 0: not
    /// offered in ETH), USDC price (units of 6 decimals, at most `MAX_USDC_PRICE`; 0: not offered in
    /// USDC; nonzero needs `usdc()`) and fulfilment window (seconds, at most `MAX_WINDOW`; nonzero when
    /// either price is). Bumps `terms()`. Never changes what pending tokens paid or their deadline.
    function setTier(uint8 tier, uint256 price, uint256 usdcPrice, uint32 window) external;

    /// @notice Authorizes or deauthorizes an agent. A newly authorized agent may deliver only tokens
    /// minted from now on (ids from `totalMinted() + 1`) and bumps `terms()`; authorizing an agent that
    /// is already authorized keeps its first token id; authorizing it again after a revocation moves
    /// it. A revocation does not bump `terms()` (it only takes a deliverer away).
    function setAgent(address agent, bool authorized) external;

    /// @notice Sets the base URI of delivered metadata: `ipfs://` yields CIDv1 URIs, anything else
    /// yields `baseURI + hex(metadataHash) + ".json"`.
    function setMetadataBaseURI(string calldata baseURI) external;

    /// @notice Sets the image shown by pending tokens.
    function setPlaceholderImage(string calldata image) external;

    /// @notice Sets the ERC-7572 contract-level metadata URI.
    function setContractURI(string calldata uri) external;

    /// @notice Sets the ERC-2981 default royalty in basis points (at most 10,000, to a nonzero receiver).
    function setDefaultRoyalty(address receiver, uint96 feeBps) external;

    /// @notice Pauses minting. Delivery, refunds and claims keep working.
    function pause() external;

    /// @notice Resumes minting.
    function unpause() external;

    /// @notice Sends `to` the ETH balance that is owed to nobody: balance minus pending ETH escrow
    /// minus ETH credits.
    function withdrawSurplus(address to) external;

    /// @notice Sends `to` the USDC balance that is owed to nobody: balance minus pending USDC escrow
    /// minus USDC credits.
    function withdrawUsdcSurplus(address to) external;

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The record of `tokenId` (all zero with status `None` if it was never minted).
    function request(uint256 tokenId) external view returns (Request memory);

    /// @notice A tier's current ETH price in wei, USDC price in units (6 decimals) and fulfilment
    /// window in seconds. A zero price: not offered in that currency.
    function tiers(uint8 tier) external view returns (uint256 price, uint256 usdcPrice, uint32 window);

    /// @notice The current terms version, which `mint` and `mintWithAuthorization` must name. Bumped by
    /// `setTier` and by every new agent authorization.
    function terms() external view returns (uint32);

    /// @notice The USDC token this deployment accepts (fixed at deployment); zero: ETH only.
    function usdc() external view returns (address);

    /// @notice Whether `account` is an authorized agent.
    function isAgent(address account) external view returns (bool);

    /// @notice The first token id `account` may deliver (tokens minted after it was authorized); 0 when
    /// it is not an authorized agent.
    function agentFirstTokenId(address account) external view returns (uint256);

    /// @notice ETH payouts credited to `account` that `claim` can pull.
    function credits(address account) external view returns (uint256);

    /// @notice USDC payouts credited to `account` that `claimUsdc` can pull.
    function usdcCredits(address account) external view returns (uint256);

    /// @notice Sum of the ETH escrow of all pending tokens.
    function pendingEscrow() external view returns (uint256);

    /// @notice Sum of the USDC escrow of all pending tokens.
    function pendingUsdcEscrow() external view returns (uint256);

    /// @notice Sum of all credited, unclaimed ETH payouts.
    function totalCredits() external view returns (uint256);

    /// @notice Sum of all credited, unclaimed USDC payouts.
    function totalUsdcCredits() external view returns (uint256);

    /// @notice What `withdrawSurplus` would send now.
    function surplus() external view returns (uint256);

    /// @notice What `withdrawUsdcSurplus` would send now.
    function usdcSurplus() external view returns (uint256);

    /// @notice Number of tokens ever minted (the last token id).
    function totalMinted() external view returns (uint256);

    /// @notice Whether minting is paused.
    function paused() external view returns (bool);

    /// @notice Base URI of delivered metadata.
    function metadataBaseURI() external view returns (string memory);

    /// @notice Image shown by pending tokens.
    function placeholderImage() external view returns (string memory);

    /// @notice ERC-7572 contract-level metadata URI.
    function contractURI() external view returns (string memory);
}
